<?xml version="1.0" encoding="UTF-8"?>
<!--
  confirmation.xsl: a new service confirmation, or one with its actions.
  <content>
    <confirmation><id/><version/><request_id/><period_from/><period_to/><units/><amount_cents/>
      <note/><state/><return_reason/><upload_id/><created_at/><created_by/><submitted_at/>
      <submitted_by/><decided_at/><decided_by/></confirmation>     (absent: creation)
    <request><id/><state/><start_date/><end_date/><origin_id/><clone_id/><clone_from/>
      <units_per_week/><unit_rate_cents/><client/><service/><unit/></request>
    <persona agency= finance=/>
    <form><period_from/><period_to/><units/><amount/><note/></form>   (creation or editable)
    <actions><action>save|submit|validate|return</action></actions>
  </content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="partner.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/confirmation">partner.confirmation.title</xsl:when>
      <xsl:otherwise>partner.confirmation.new</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content">
    <xsl:variable name="q" select="request"/>
    <p><a href="/confirmations"><xsl:value-of select="$t[@k='partner.confirmation.back']"/></a></p>
    <dl class="summary-list">
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.ccol.request'"/>
        <xsl:with-param name="value"><a href="/request?id={$q/id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="$q/id"/></xsl:call-template></a></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.col.client'"/>
        <xsl:with-param name="value" select="string($q/client)"/>
      </xsl:call-template>
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
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.request.rate'"/>
        <xsl:with-param name="value"><xsl:call-template name="p-money"><xsl:with-param name="cents" select="$q/unit_rate_cents"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
    </dl>
    <xsl:if test="string($q/clone_id)">
      <p class="notice">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'partner.confirmation.original_note'"/>
          <xsl:with-param name="name" select="'n'"/>
          <xsl:with-param name="with"><a href="/request?id={$q/clone_id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="$q/clone_id"/></xsl:call-template></a></xsl:with-param>
        </xsl:call-template>
      </p>
    </xsl:if>
    <xsl:if test="string($q/origin_id)">
      <p class="notice">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'partner.confirmation.clone_note'"/>
          <xsl:with-param name="name" select="'n'"/>
          <xsl:with-param name="with"><a href="/request?id={$q/origin_id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="$q/origin_id"/></xsl:call-template></a></xsl:with-param>
        </xsl:call-template>
      </p>
    </xsl:if>
    <xsl:apply-templates select="confirmation"/>
    <xsl:apply-templates select="form"/>
    <xsl:call-template name="decisions"/>
  </xsl:template>

  <xsl:template match="confirmation">
    <h2>
      <xsl:value-of select="$t[@k='partner.ccol.number']"/><xsl:text> </xsl:text>
      <xsl:call-template name="p-number"><xsl:with-param name="n" select="id"/></xsl:call-template>
    </h2>
    <dl class="summary-list">
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.col.status'"/>
        <xsl:with-param name="value" select="string($t[@k = concat('partner.cstate.', current()/state)])"/>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.ccol.period'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="p-date"><xsl:with-param name="value" select="period_from"/></xsl:call-template>
          <xsl:text> – </xsl:text>
          <xsl:call-template name="p-date"><xsl:with-param name="value" select="period_to"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.ccol.units'"/>
        <xsl:with-param name="value"><xsl:call-template name="p-units"><xsl:with-param name="n" select="units"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.ccol.amount'"/>
        <xsl:with-param name="value"><xsl:call-template name="p-money"><xsl:with-param name="cents" select="amount_cents"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:if test="string(note)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.confirmation.note'"/>
          <xsl:with-param name="value" select="string(note)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(return_reason)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.confirmation.return_reason'"/>
          <xsl:with-param name="value" select="string(return_reason)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="p-row">
        <xsl:with-param name="label" select="'partner.confirmation.created'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="datetime"><xsl:with-param name="value" select="created_at"/></xsl:call-template>
          <xsl:text> – </xsl:text><xsl:value-of select="created_by"/>
          <xsl:if test="string(upload_id)"><xsl:text> </xsl:text>(<xsl:value-of select="$t[@k='partner.cstate.uploaded']"/>)</xsl:if>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:if test="string(submitted_at)">
        <xsl:call-template name="p-row">
          <xsl:with-param name="label" select="'partner.cstate.submitted'"/>
          <xsl:with-param name="value">
            <xsl:call-template name="datetime"><xsl:with-param name="value" select="submitted_at"/></xsl:call-template>
            <xsl:text> – </xsl:text><xsl:value-of select="submitted_by"/>
          </xsl:with-param>
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
    </dl>
  </xsl:template>

  <xsl:template match="form">
    <xsl:variable name="c" select="../confirmation"/>
    <xsl:if test="$c"><h2><xsl:value-of select="$t[@k='partner.confirmation.edit']"/></h2></xsl:if>
    <form method="post" action="/confirmation" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <xsl:choose>
        <xsl:when test="$c">
          <input type="hidden" name="action" value="save"/>
          <input type="hidden" name="id" value="{$c/id}"/>
          <input type="hidden" name="version" value="{$c/version}"/>
        </xsl:when>
        <xsl:otherwise>
          <input type="hidden" name="action" value="create"/>
          <input type="hidden" name="request" value="{../request/id}"/>
        </xsl:otherwise>
      </xsl:choose>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'period_from'"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="label" select="'partner.confirmation.from'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="period_from"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'period_to'"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="label" select="'partner.confirmation.to'"/>
        <xsl:with-param name="help" select="'partner.confirmation.to_help'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="period_to"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'units'"/>
        <xsl:with-param name="label" select="concat('partner.confirmation.units_', ../request/unit)"/>
        <xsl:with-param name="help" select="'partner.new.units_help'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="units"/>
        <xsl:with-param name="maxlength" select="'12'"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'amount'"/>
        <xsl:with-param name="label" select="'partner.confirmation.amount'"/>
        <xsl:with-param name="help" select="'partner.new.rate_help'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="amount"/>
        <xsl:with-param name="maxlength" select="'16'"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'note'"/>
        <xsl:with-param name="type" select="'textarea'"/>
        <xsl:with-param name="label" select="'partner.confirmation.note'"/>
        <xsl:with-param name="value" select="note"/>
        <xsl:with-param name="maxlength" select="'1000'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button">
          <xsl:choose>
            <xsl:when test="$c"><xsl:value-of select="$t[@k='partner.confirmation.save']"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t[@k='partner.confirmation.create']"/></xsl:otherwise>
          </xsl:choose>
        </button>
      </div>
    </form>
  </xsl:template>

  <xsl:template name="decisions">
    <xsl:variable name="a" select="actions/action"/>
    <xsl:variable name="c" select="confirmation"/>
    <xsl:if test="$a = 'submit'">
      <form method="post" action="/confirmation" class="form">
        <xsl:call-template name="hidden-csrf"/>
        <input type="hidden" name="action" value="submit"/>
        <input type="hidden" name="id" value="{$c/id}"/>
        <input type="hidden" name="version" value="{$c/version}"/>
        <p class="field-help" id="help-submit"><xsl:value-of select="$t[@k='partner.confirmation.submit_help']"/></p>
        <button type="submit" class="button" aria-describedby="help-submit"><xsl:value-of select="$t[@k='partner.confirmation.submit']"/></button>
      </form>
    </xsl:if>
    <xsl:if test="$a = 'validate'">
      <h2><xsl:value-of select="$t[@k='partner.report.decide']"/></h2>
      <form method="post" action="/confirmation" class="form">
        <xsl:call-template name="hidden-csrf"/>
        <input type="hidden" name="action" value="validate"/>
        <input type="hidden" name="id" value="{$c/id}"/>
        <input type="hidden" name="version" value="{$c/version}"/>
        <button type="submit" class="button"><xsl:value-of select="$t[@k='partner.confirmation.validate']"/></button>
      </form>
      <form method="post" action="/confirmation" class="form">
        <xsl:call-template name="hidden-csrf"/>
        <input type="hidden" name="action" value="return"/>
        <input type="hidden" name="id" value="{$c/id}"/>
        <input type="hidden" name="version" value="{$c/version}"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'reason'"/>
          <xsl:with-param name="type" select="'textarea'"/>
          <xsl:with-param name="label" select="'partner.confirmation.return_reason'"/>
          <xsl:with-param name="required" select="'yes'"/>
          <xsl:with-param name="maxlength" select="'1000'"/>
        </xsl:call-template>
        <button type="submit" class="button button-secondary"><xsl:value-of select="$t[@k='partner.confirmation.return']"/></button>
      </form>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
