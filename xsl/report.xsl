<?xml version="1.0" encoding="UTF-8"?>
<!--
  report.xsl: the form of a new report, or one report with the agency's decision.
  <content>
    <request><id/><state/><start_date/><end_date/><units_per_week/><client/><service/><unit/></request>
    <persona agency= care=/>
    <form kind="incident|observation|change"><change_kind/><day/><time/><location/>
      <description/><people/><actions_taken/><severity/><effective_date/><until_date/><units/></form>
    <report><id/><version/><request_id/><kind/><change_kind/><status/><occurred_at/><location/>
      <description/><people/><actions_taken/><severity/><effective_date/><until_date/>
      <units_per_week/><reported_at/><reported_by/><routed_to/><decided_at/><decided_by/>
      <decision_note/><clone_id/><lead/></report>
    <actions><action>acknowledge|approve|decline</action></actions>
  </content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="partner.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/form/@kind = 'incident'">partner.report.new_incident</xsl:when>
      <xsl:when test="/page/content/form/@kind = 'observation'">partner.report.new_observation</xsl:when>
      <xsl:when test="/page/content/form/@kind = 'change'">partner.report.new_change</xsl:when>
      <xsl:otherwise>partner.report.title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content">
    <p><a href="/request?id={request/id}"><xsl:value-of select="$t[@k='partner.report.back']"/></a></p>
    <xsl:apply-templates select="request"/>
    <xsl:apply-templates select="form"/>
    <xsl:apply-templates select="report"/>
  </xsl:template>

  <xsl:template match="request">
    <dl class="summary-list">
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.col.number'"/>
        <xsl:with-param name="value"><xsl:call-template name="p-number"><xsl:with-param name="n" select="id"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.col.client'"/>
        <xsl:with-param name="value" select="string(client)"/>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.col.service'"/>
        <xsl:with-param name="value" select="string(service)"/>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.request.period'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="p-date"><xsl:with-param name="value" select="start_date"/></xsl:call-template>
          <xsl:text> – </xsl:text>
          <xsl:call-template name="p-date"><xsl:with-param name="value" select="end_date"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </dl>
  </xsl:template>

  <xsl:template name="text">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="max"/>
    <xsl:param name="type" select="'textarea'"/>
    <xsl:param name="help" select="''"/>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="type" select="$type"/>
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="help" select="$help"/>
      <xsl:with-param name="required" select="'yes'"/>
      <xsl:with-param name="value" select="/page/content/form/*[local-name() = $name]"/>
      <xsl:with-param name="maxlength" select="$max"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="radios">
    <xsl:param name="name"/>
    <xsl:param name="legend"/>
    <xsl:param name="codes"/>
    <xsl:param name="prefix"/>
    <xsl:param name="current"/>
    <xsl:variable name="error" select="string(/page/errors/error[@field = $name][1]/@key)"/>
    <fieldset>
      <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
      <legend class="field-label">
        <xsl:value-of select="$t[@k = $legend]"/>
        <span class="required-mark" aria-hidden="true"> *</span>
        <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
      </legend>
      <xsl:if test="$error">
        <p class="field-error" id="field-{$name}-error"><xsl:value-of select="$t[@k = $error]"/></p>
      </xsl:if>
      <xsl:call-template name="radio-list">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="codes" select="concat(normalize-space($codes), ' ')"/>
        <xsl:with-param name="prefix" select="$prefix"/>
        <xsl:with-param name="current" select="$current"/>
        <xsl:with-param name="first" select="true()"/>
      </xsl:call-template>
    </fieldset>
  </xsl:template>

  <xsl:template name="radio-list">
    <xsl:param name="name"/>
    <xsl:param name="codes"/>
    <xsl:param name="prefix"/>
    <xsl:param name="current"/>
    <xsl:param name="first"/>
    <xsl:if test="string-length($codes) &gt; 0">
      <xsl:variable name="code" select="substring-before($codes, ' ')"/>
      <xsl:variable name="id">
        <xsl:choose>
          <xsl:when test="$first">field-<xsl:value-of select="$name"/></xsl:when>
          <xsl:otherwise>field-<xsl:value-of select="concat($name, '-', $code)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <div class="checkbox">
        <input type="radio" id="{$id}" name="{$name}" value="{$code}">
          <xsl:if test="$code = $current"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <xsl:text> </xsl:text>
        <label for="{$id}"><xsl:value-of select="$t[@k = concat($prefix, $code)]"/></label>
      </div>
      <xsl:call-template name="radio-list">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="codes" select="substring-after($codes, ' ')"/>
        <xsl:with-param name="prefix" select="$prefix"/>
        <xsl:with-param name="current" select="$current"/>
        <xsl:with-param name="first" select="false()"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="date-field">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="help" select="''"/>
    <xsl:param name="value" select="/page/content/form/*[local-name() = $name]"/>
    <xsl:param name="required" select="'yes'"/>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="type" select="'date'"/>
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="help" select="$help"/>
      <xsl:with-param name="required" select="$required"/>
      <xsl:with-param name="value" select="$value"/>
      <xsl:with-param name="width" select="'medium'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="form">
    <xsl:variable name="k" select="string(@kind)"/>
    <p class="lead"><xsl:value-of select="$t[@k = concat('partner.report.intro_', $k)]"/></p>
    <form method="post" action="/report" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="create"/>
      <input type="hidden" name="kind" value="{$k}"/>
      <input type="hidden" name="request" value="{../request/id}"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:choose>
        <xsl:when test="$k = 'incident'">
          <xsl:call-template name="date-field">
            <xsl:with-param name="name" select="'day'"/>
            <xsl:with-param name="label" select="'partner.report.day'"/>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'time'"/>
            <xsl:with-param name="type" select="'time'"/>
            <xsl:with-param name="label" select="'partner.report.time'"/>
            <xsl:with-param name="help" select="'partner.report.time_help'"/>
            <xsl:with-param name="required" select="'yes'"/>
            <xsl:with-param name="value" select="time"/>
            <xsl:with-param name="width" select="'short'"/>
          </xsl:call-template>
          <xsl:call-template name="text">
            <xsl:with-param name="name" select="'location'"/>
            <xsl:with-param name="type" select="'text'"/>
            <xsl:with-param name="label" select="'partner.report.location'"/>
            <xsl:with-param name="max" select="'200'"/>
          </xsl:call-template>
          <xsl:call-template name="text">
            <xsl:with-param name="name" select="'description'"/>
            <xsl:with-param name="label" select="'partner.report.what'"/>
            <xsl:with-param name="max" select="'4000'"/>
          </xsl:call-template>
          <xsl:call-template name="text">
            <xsl:with-param name="name" select="'people'"/>
            <xsl:with-param name="label" select="'partner.report.people'"/>
            <xsl:with-param name="max" select="'1000'"/>
          </xsl:call-template>
          <xsl:call-template name="text">
            <xsl:with-param name="name" select="'actions_taken'"/>
            <xsl:with-param name="label" select="'partner.report.actions'"/>
            <xsl:with-param name="max" select="'2000'"/>
          </xsl:call-template>
          <xsl:call-template name="radios">
            <xsl:with-param name="name" select="'severity'"/>
            <xsl:with-param name="legend" select="'partner.report.severity'"/>
            <xsl:with-param name="codes" select="'low moderate high critical'"/>
            <xsl:with-param name="prefix" select="'partner.severity.'"/>
            <xsl:with-param name="current" select="string(severity)"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$k = 'observation'">
          <xsl:call-template name="date-field">
            <xsl:with-param name="name" select="'day'"/>
            <xsl:with-param name="label" select="'partner.report.observed_on'"/>
          </xsl:call-template>
          <xsl:call-template name="text">
            <xsl:with-param name="name" select="'description'"/>
            <xsl:with-param name="label" select="'partner.report.observed'"/>
            <xsl:with-param name="max" select="'4000'"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="radios">
            <xsl:with-param name="name" select="'change_kind'"/>
            <xsl:with-param name="legend" select="'partner.report.change_kind'"/>
            <xsl:with-param name="codes" select="'adjust suspend terminate'"/>
            <xsl:with-param name="prefix" select="'partner.change_long.'"/>
            <xsl:with-param name="current" select="string(change_kind)"/>
          </xsl:call-template>
          <xsl:call-template name="date-field">
            <xsl:with-param name="name" select="'effective_date'"/>
            <xsl:with-param name="label" select="'partner.report.effective'"/>
            <xsl:with-param name="help" select="'partner.report.effective_help'"/>
          </xsl:call-template>
          <xsl:call-template name="date-field">
            <xsl:with-param name="name" select="'until_date'"/>
            <xsl:with-param name="label" select="'partner.report.until'"/>
            <xsl:with-param name="help" select="'partner.report.until_help'"/>
            <xsl:with-param name="required" select="'no'"/>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'units'"/>
            <xsl:with-param name="label" select="'partner.report.units'"/>
            <xsl:with-param name="help" select="'partner.report.units_help'"/>
            <xsl:with-param name="value" select="units"/>
            <xsl:with-param name="maxlength" select="'12'"/>
            <xsl:with-param name="width" select="'short'"/>
          </xsl:call-template>
          <xsl:call-template name="text">
            <xsl:with-param name="name" select="'description'"/>
            <xsl:with-param name="label" select="'partner.report.reason'"/>
            <xsl:with-param name="max" select="'4000'"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='partner.report.send']"/></button>
      </div>
    </form>
  </xsl:template>

  <xsl:template match="report">
    <h2>
      <xsl:value-of select="$t[@k = concat('partner.kind.', current()/kind)]"/>
      <xsl:if test="string(change_kind)"> – <xsl:value-of select="$t[@k = concat('partner.change.', current()/change_kind)]"/></xsl:if>
    </h2>
    <dl class="summary-list">
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.report.status'"/>
        <xsl:with-param name="value" select="string($t[@k = concat('partner.report_status.', current()/status)])"/>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.report.sent'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="datetime"><xsl:with-param name="value" select="reported_at"/></xsl:call-template>
          <xsl:text> – </xsl:text><xsl:value-of select="reported_by"/>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.report.routed'"/>
        <xsl:with-param name="value" select="string(routed_to)"/>
      </xsl:call-template>
      <xsl:if test="string(routed_to) != string(lead)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.request.lead'"/>
          <xsl:with-param name="value" select="string(lead)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(occurred_at)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.report.when'"/>
          <xsl:with-param name="value"><xsl:call-template name="datetime"><xsl:with-param name="value" select="occurred_at"/><xsl:with-param name="format" select="substring('datedatetime', 1 + 4 * number(kind = 'incident'), 4 + 4 * number(kind = 'incident'))"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(location)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.report.location'"/>
          <xsl:with-param name="value" select="string(location)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="concat('partner.report.description_', kind)"/>
        <xsl:with-param name="value" select="string(description)"/>
      </xsl:call-template>
      <xsl:if test="string(people)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.report.people'"/>
          <xsl:with-param name="value" select="string(people)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(actions_taken)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.report.actions'"/>
          <xsl:with-param name="value" select="string(actions_taken)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(severity)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.report.severity'"/>
          <xsl:with-param name="value" select="string($t[@k = concat('partner.severity.', current()/severity)])"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(effective_date)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.report.effective'"/>
          <xsl:with-param name="value"><xsl:call-template name="p-date"><xsl:with-param name="value" select="effective_date"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(until_date)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.report.until'"/>
          <xsl:with-param name="value"><xsl:call-template name="p-date"><xsl:with-param name="value" select="until_date"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(units_per_week)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.report.units'"/>
          <xsl:with-param name="value"><xsl:call-template name="p-units"><xsl:with-param name="n" select="units_per_week"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(decided_at)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.report.decided'"/>
          <xsl:with-param name="value">
            <xsl:call-template name="datetime"><xsl:with-param name="value" select="decided_at"/></xsl:call-template>
            <xsl:text> – </xsl:text><xsl:value-of select="decided_by"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(decision_note)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.report.note'"/>
          <xsl:with-param name="value" select="string(decision_note)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(clone_id)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.linked.clone'"/>
          <xsl:with-param name="value"><a href="/request?id={clone_id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="clone_id"/></xsl:call-template></a></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </dl>
    <xsl:call-template name="decisions"/>
  </xsl:template>

  <xsl:template name="decisions">
    <xsl:variable name="a" select="/page/content/actions/action"/>
    <xsl:variable name="p" select="/page/content/report"/>
    <xsl:if test="$a">
      <h2><xsl:value-of select="$t[@k='partner.report.decide']"/></h2>
    </xsl:if>
    <xsl:if test="$a = 'acknowledge'">
      <form method="post" action="/report" class="form">
        <xsl:call-template name="hidden-csrf"/>
        <input type="hidden" name="action" value="acknowledge"/>
        <input type="hidden" name="id" value="{$p/id}"/>
        <input type="hidden" name="version" value="{$p/version}"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'note'"/>
          <xsl:with-param name="type" select="'textarea'"/>
          <xsl:with-param name="label" select="'partner.report.note'"/>
          <xsl:with-param name="maxlength" select="'1000'"/>
        </xsl:call-template>
        <button type="submit" class="button"><xsl:value-of select="$t[@k='partner.report.acknowledge']"/></button>
      </form>
    </xsl:if>
    <xsl:if test="$a = 'approve'">
      <form method="post" action="/report" class="form">
        <xsl:call-template name="hidden-csrf"/>
        <input type="hidden" name="action" value="approve"/>
        <input type="hidden" name="id" value="{$p/id}"/>
        <input type="hidden" name="version" value="{$p/version}"/>
        <xsl:call-template name="date-field">
          <xsl:with-param name="name" select="'effective_date'"/>
          <xsl:with-param name="label" select="'partner.report.effective'"/>
          <xsl:with-param name="value" select="$p/effective_date"/>
        </xsl:call-template>
        <xsl:if test="$p/change_kind = 'suspend'">
          <xsl:call-template name="date-field">
            <xsl:with-param name="name" select="'until_date'"/>
            <xsl:with-param name="label" select="'partner.report.until'"/>
            <xsl:with-param name="value" select="$p/until_date"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$p/change_kind = 'adjust'">
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'units'"/>
            <xsl:with-param name="label" select="'partner.report.units'"/>
            <xsl:with-param name="required" select="'yes'"/>
            <xsl:with-param name="value"><xsl:value-of select="format-number($p/units_per_week div 100, '0.##')"/></xsl:with-param>
            <xsl:with-param name="maxlength" select="'12'"/>
            <xsl:with-param name="width" select="'short'"/>
          </xsl:call-template>
        </xsl:if>
        <p class="field-help" id="help-approve"><xsl:value-of select="$t[@k = concat('partner.report.approve_help_', $p/change_kind)]"/></p>
        <button type="submit" class="button" aria-describedby="help-approve"><xsl:value-of select="$t[@k='partner.report.approve']"/></button>
      </form>
    </xsl:if>
    <xsl:if test="$a = 'decline'">
      <form method="post" action="/report" class="form">
        <xsl:call-template name="hidden-csrf"/>
        <input type="hidden" name="action" value="decline"/>
        <input type="hidden" name="id" value="{$p/id}"/>
        <input type="hidden" name="version" value="{$p/version}"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'note'"/>
          <xsl:with-param name="type" select="'textarea'"/>
          <xsl:with-param name="label" select="'partner.report.decline_note'"/>
          <xsl:with-param name="required" select="'yes'"/>
          <xsl:with-param name="maxlength" select="'1000'"/>
        </xsl:call-template>
        <button type="submit" class="button button-secondary"><xsl:value-of select="$t[@k='partner.report.decline']"/></button>
      </form>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
