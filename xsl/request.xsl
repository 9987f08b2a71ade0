<?xml version="1.0" encoding="UTF-8"?>
<!--
  request.xsl: one service request.
  <content>
    <persona agency= care= finance=/>
    <request><id/><version/><state/><start_date/><end_date/><answer_reason/><origin_id/>
      <clone_id/><created_at/><answered_at/><service/><unit/><zone/><centre/><provider/>
      <created_by/><answered_by/></request>
    <care><units_per_week/><instructions/></care>                 (care, agency)
    <billing><units_per_week/><unit_rate_cents/></billing>        (finance, agency)
    <client><given_name/><family_name/><file_number/></client>
    <client_private><birth_date/><lang/><email/><phone/><address_line/><city/>
      <province/><postal_code/><health_details/><notes/></client_private>   (care, agency)
    <lead><id/><name/><email/><version/></lead>
    <suspensions><suspension><from_date/><to_date/></suspension></suspensions>
    <history><event><at/><kind/><detail/><other_id/><actor/></event></history>
    <reports><report><id/><kind/><change_kind/><status/><reported_at/></report></reports>  (care, agency)
    <confirmations><confirmation><id/><period_from/><period_to/><units/><amount_cents/><state/></confirmation></confirmations>  (finance, agency)
    <workers><worker><id/><name/></worker></workers>               (agency)
    <actions><action>accept|reject|activate|complete|cancel|lead|report|confirm</action></actions>
  </content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="partner.xsl"/>

  <xsl:template name="title">partner.request.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="q" select="request"/>
    <p><a href="/requests"><xsl:value-of select="$t[@k='partner.back_requests']"/></a></p>
    <p class="lead">
      <xsl:value-of select="$t[@k='partner.col.number']"/><xsl:text> </xsl:text>
      <strong><xsl:call-template name="p-number"><xsl:with-param name="n" select="$q/id"/></xsl:call-template></strong>
      <xsl:text> • </xsl:text>
      <xsl:call-template name="p-state"><xsl:with-param name="state" select="$q/state"/></xsl:call-template>
    </p>
    <xsl:call-template name="service"/>
    <xsl:call-template name="client"/>
    <xsl:call-template name="actions"/>
    <xsl:if test="reports">
      <xsl:call-template name="reports"/>
    </xsl:if>
    <xsl:if test="confirmations">
      <xsl:call-template name="confirmations"/>
    </xsl:if>
    <xsl:call-template name="history"/>
  </xsl:template>

  <xsl:template name="service">
    <xsl:variable name="q" select="request"/>
    <h2><xsl:value-of select="$t[@k='partner.request.service']"/></h2>
    <dl class="summary-list">
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.col.service'"/>
        <xsl:with-param name="value" select="string($q/service)"/>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.request.period'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="p-date"><xsl:with-param name="value" select="$q/start_date"/></xsl:call-template>
          <xsl:text> – </xsl:text>
          <xsl:call-template name="p-date"><xsl:with-param name="value" select="$q/end_date"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:for-each select="suspensions/suspension">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.request.suspended'"/>
          <xsl:with-param name="value">
            <xsl:call-template name="p-date"><xsl:with-param name="value" select="from_date"/></xsl:call-template>
            <xsl:text> – </xsl:text>
            <xsl:call-template name="p-date"><xsl:with-param name="value" select="to_date"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.col.zone'"/>
        <xsl:with-param name="value" select="string($q/zone)"/>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.col.centre'"/>
        <xsl:with-param name="value" select="string($q/centre)"/>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.col.provider'"/>
        <xsl:with-param name="value" select="string($q/provider)"/>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.request.lead'"/>
        <xsl:with-param name="value">
          <xsl:value-of select="lead/name"/>
          <xsl:text> (</xsl:text><a href="mailto:{lead/email}"><xsl:value-of select="lead/email"/></a><xsl:text>)</xsl:text>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:variable name="units" select="(care | billing)[1]/units_per_week"/>
      <xsl:if test="$units">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="concat('partner.request.units_', $q/unit)"/>
          <xsl:with-param name="value"><xsl:call-template name="p-units"><xsl:with-param name="n" select="$units"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="billing">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.request.rate'"/>
          <xsl:with-param name="value"><xsl:call-template name="p-money"><xsl:with-param name="cents" select="billing/unit_rate_cents"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(care/instructions)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.request.instructions'"/>
          <xsl:with-param name="value" select="string(care/instructions)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string($q/answer_reason)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.request.reason'"/>
          <xsl:with-param name="value" select="string($q/answer_reason)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string($q/origin_id)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.linked.original'"/>
          <xsl:with-param name="value">
            <a href="/request?id={$q/origin_id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="$q/origin_id"/></xsl:call-template></a>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string($q/clone_id)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.linked.clone'"/>
          <xsl:with-param name="value">
            <a href="/request?id={$q/clone_id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="$q/clone_id"/></xsl:call-template></a>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </dl>
  </xsl:template>

  <xsl:template name="client">
    <xsl:variable name="c" select="client"/>
    <xsl:variable name="p" select="client_private"/>
    <h2><xsl:value-of select="$t[@k='partner.request.client']"/></h2>
    <dl class="summary-list">
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.col.client'"/>
        <xsl:with-param name="value" select="concat($c/given_name, ' ', $c/family_name)"/>
      </xsl:call-template>
      <xsl:if test="string($c/file_number)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.client.file'"/>
          <xsl:with-param name="value" select="string($c/file_number)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$p">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.client.birth'"/>
          <xsl:with-param name="value"><xsl:call-template name="p-date"><xsl:with-param name="value" select="$p/birth_date"/><xsl:with-param name="empty" select="'date.none'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.client.lang'"/>
          <xsl:with-param name="value" select="string($t[@k = concat('lang.name.', $p/lang)])"/>
        </xsl:call-template>
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.client.phone'"/>
          <xsl:with-param name="value" select="string($p/phone)"/>
        </xsl:call-template>
        <xsl:if test="string($p/email)">
          <xsl:call-template name="p-row">
            <xsl:with-param name="label" select="'partner.client.email'"/>
            <xsl:with-param name="value" select="string($p/email)"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.client.address'"/>
          <xsl:with-param name="value">
            <xsl:value-of select="$p/address_line"/><br/>
            <xsl:value-of select="concat($p/city, ' ', $p/province, ' ', $p/postal_code)"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.client.health'"/>
          <xsl:with-param name="value" select="string($p/health_details)"/>
        </xsl:call-template>
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.client.notes'"/>
          <xsl:with-param name="value" select="string($p/notes)"/>
        </xsl:call-template>
      </xsl:if>
    </dl>
  </xsl:template>

  <xsl:template name="hidden">
    <xsl:call-template name="hidden-csrf"/>
    <input type="hidden" name="id" value="{/page/content/request/id}"/>
    <input type="hidden" name="version" value="{/page/content/request/version}"/>
  </xsl:template>

  <xsl:template name="actions">
    <xsl:variable name="a" select="actions/action"/>
    <xsl:if test="$a">
      <h2><xsl:value-of select="$t[@k='partner.request.actions']"/></h2>
      <xsl:if test="$a = 'accept'">
        <form method="post" action="/request" class="form">
          <xsl:call-template name="hidden"/>
          <input type="hidden" name="action" value="accept"/>
          <p class="field-help" id="help-accept"><xsl:value-of select="$t[@k='partner.action.accept_help']"/></p>
          <button type="submit" class="button" aria-describedby="help-accept"><xsl:value-of select="$t[@k='partner.action.accept']"/></button>
        </form>
      </xsl:if>
      <xsl:if test="$a = 'reject'">
        <xsl:call-template name="reason-form">
          <xsl:with-param name="action" select="'reject'"/>
          <xsl:with-param name="label" select="'partner.action.reject_reason'"/>
          <xsl:with-param name="button" select="'partner.action.reject'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$a = 'activate'">
        <form method="post" action="/request" class="form">
          <xsl:call-template name="hidden"/>
          <input type="hidden" name="action" value="activate"/>
          <p class="field-help" id="help-activate"><xsl:value-of select="$t[@k='partner.action.activate_help']"/></p>
          <button type="submit" class="button" aria-describedby="help-activate"><xsl:value-of select="$t[@k='partner.action.activate']"/></button>
        </form>
      </xsl:if>
      <xsl:if test="$a = 'complete'">
        <form method="post" action="/request" class="form">
          <xsl:call-template name="hidden"/>
          <input type="hidden" name="action" value="complete"/>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'end_date'"/>
            <xsl:with-param name="type" select="'date'"/>
            <xsl:with-param name="label" select="'partner.action.complete_date'"/>
            <xsl:with-param name="help" select="'partner.action.complete_help'"/>
            <xsl:with-param name="required" select="'yes'"/>
            <xsl:with-param name="value">
              <xsl:choose>
                <xsl:when test="string(request/end_date) and number(translate(request/end_date, '-', '')) &lt; number(translate(substring(/page/@now, 1, 10), '-', ''))"><xsl:value-of select="request/end_date"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="substring(/page/@now, 1, 10)"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="width" select="'medium'"/>
          </xsl:call-template>
          <button type="submit" class="button"><xsl:value-of select="$t[@k='partner.action.complete']"/></button>
        </form>
      </xsl:if>
      <xsl:if test="$a = 'cancel'">
        <xsl:call-template name="reason-form">
          <xsl:with-param name="action" select="'cancel'"/>
          <xsl:with-param name="label" select="'partner.action.cancel_reason'"/>
          <xsl:with-param name="button" select="'partner.action.cancel'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$a = 'lead'">
        <form method="post" action="/request" class="form">
          <xsl:call-template name="hidden-csrf"/>
          <input type="hidden" name="id" value="{request/id}"/>
          <input type="hidden" name="lead_version" value="{lead/version}"/>
          <input type="hidden" name="action" value="lead"/>
          <xsl:call-template name="p-select">
            <xsl:with-param name="name" select="'worker'"/>
            <xsl:with-param name="label" select="'partner.action.lead'"/>
            <xsl:with-param name="current" select="string(lead/id)"/>
            <xsl:with-param name="options" select="workers/worker"/>
            <xsl:with-param name="first" select="''"/>
            <xsl:with-param name="required" select="'yes'"/>
          </xsl:call-template>
          <p class="field-help" id="help-lead"><xsl:value-of select="$t[@k='partner.action.lead_help']"/></p>
          <button type="submit" class="button button-secondary" aria-describedby="help-lead"><xsl:value-of select="$t[@k='partner.action.lead_save']"/></button>
        </form>
      </xsl:if>
      <xsl:if test="$a = 'report'">
        <ul class="action-links">
          <li><a class="button button-secondary" href="/report?request={request/id}&amp;kind=incident"><xsl:value-of select="$t[@k='partner.action.incident']"/></a></li>
          <li><a class="button button-secondary" href="/report?request={request/id}&amp;kind=observation"><xsl:value-of select="$t[@k='partner.action.observation']"/></a></li>
          <li><a class="button button-secondary" href="/report?request={request/id}&amp;kind=change"><xsl:value-of select="$t[@k='partner.action.change']"/></a></li>
        </ul>
      </xsl:if>
      <xsl:if test="$a = 'confirm'">
        <p><a class="button" href="/confirmation?request={request/id}"><xsl:value-of select="$t[@k='partner.action.confirm']"/></a></p>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template name="reason-form">
    <xsl:param name="action"/>
    <xsl:param name="label"/>
    <xsl:param name="button"/>
    <form method="post" action="/request" class="form">
      <xsl:call-template name="hidden"/>
      <input type="hidden" name="action" value="{$action}"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'reason'"/>
        <xsl:with-param name="type" select="'textarea'"/>
        <xsl:with-param name="label" select="$label"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="maxlength" select="'1000'"/>
      </xsl:call-template>
      <button type="submit" class="button button-secondary"><xsl:value-of select="$t[@k = $button]"/></button>
    </form>
  </xsl:template>

  <xsl:template name="reports">
    <h2><xsl:value-of select="$t[@k='partner.reports.title']"/></h2>
    <xsl:choose>
      <xsl:when test="reports/report">
        <ul>
          <xsl:for-each select="reports/report">
            <li>
              <a href="/report?id={id}">
                <xsl:value-of select="$t[@k = concat('partner.kind.', current()/kind)]"/>
                <xsl:if test="string(change_kind)"> – <xsl:value-of select="$t[@k = concat('partner.change.', current()/change_kind)]"/></xsl:if>
              </a>
              <xsl:text> • </xsl:text>
              <xsl:call-template name="datetime"><xsl:with-param name="value" select="reported_at"/></xsl:call-template>
              <xsl:text> • </xsl:text>
              <xsl:value-of select="$t[@k = concat('partner.report_status.', current()/status)]"/>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='partner.reports.none']"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="confirmations">
    <h2><xsl:value-of select="$t[@k='partner.confirmations.title']"/></h2>
    <xsl:choose>
      <xsl:when test="confirmations/confirmation">
        <ul>
          <xsl:for-each select="confirmations/confirmation">
            <li>
              <a href="/confirmation?id={id}">
                <xsl:call-template name="p-date"><xsl:with-param name="value" select="period_from"/></xsl:call-template>
                <xsl:text> – </xsl:text>
                <xsl:call-template name="p-date"><xsl:with-param name="value" select="period_to"/></xsl:call-template>
              </a>
              <xsl:text> • </xsl:text>
              <xsl:call-template name="p-money"><xsl:with-param name="cents" select="amount_cents"/></xsl:call-template>
              <xsl:text> • </xsl:text>
              <xsl:value-of select="$t[@k = concat('partner.cstate.', current()/state)]"/>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='partner.confirmations.none']"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="history">
    <h2><xsl:value-of select="$t[@k='partner.history.title']"/></h2>
    <section class="table-wrap" aria-labelledby="history-caption" tabindex="0">
      <table class="table">
        <caption id="history-caption"><xsl:value-of select="$t[@k='partner.history.caption']"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$t[@k='partner.history.at']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='partner.history.what']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='partner.history.who']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='partner.history.detail']"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="history/event">
            <tr>
              <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="at"/></xsl:call-template></td>
              <td><xsl:value-of select="$t[@k = concat('partner.event.', current()/kind)]"/></td>
              <td><xsl:value-of select="actor"/></td>
              <td class="cell-wrap">
                <xsl:value-of select="detail"/>
                <xsl:if test="string(other_id)">
                  <xsl:if test="string(detail)"><xsl:text> </xsl:text></xsl:if>
                  <xsl:choose>
                    <xsl:when test="starts-with(kind, 'report_') or starts-with(kind, 'change_')">
                      <a href="/report?id={other_id}"><xsl:value-of select="$t[@k='partner.history.see_report']"/></a>
                    </xsl:when>
                    <xsl:when test="starts-with(kind, 'confirmation_')">
                      <a href="/confirmation?id={other_id}"><xsl:value-of select="$t[@k='partner.history.see_confirmation']"/></a>
                    </xsl:when>
                    <xsl:otherwise>
                      <a href="/request?id={other_id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="other_id"/></xsl:call-template></a>
                    </xsl:otherwise>
                  </xsl:choose>
                </xsl:if>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

</xsl:stylesheet>
