<?xml version="1.0" encoding="UTF-8"?>
<!--
  sso.xsl: "MyCareNet SSO — configuration" of a group.
  <content>
    <space group="0|1" created="0|1" method="password|sso"><version/>
      <identifier/><owner><id/><name/><niss/></owner><confirmed_at/></space>
    <accounts><total/><without_niss/><self_niss>0|1</self_niss></accounts>
    <certificates><certificate id state="active|replaced">…details…
      <installed_at/><replaced_at/><version/>
      <users><user responsible allowed><id/><name/><niss/></user>…</users>
      <establishments><establishment><name/><tp_number/><niss/></establishment>…</establishments>
    </certificate>…</certificates>
    <draft><id/><step/><name/></draft>            (the user's set-up in progress)
  </content>
  POST /sso: csrf, action=method, method=password|sso, version.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="sso-parts.xsl"/>

  <xsl:template name="title">sso.title</xsl:template>

  <xsl:template match="content">
    <xsl:choose>
      <xsl:when test="space/@group != '1'">
        <p><xsl:value-of select="$t[@k='sso.not_group']"/></p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="method"/>
        <xsl:call-template name="space"/>
        <xsl:call-template name="certificates"/>
        <h2><xsl:value-of select="$t[@k='sso.services.title']"/></h2>
        <p><xsl:value-of select="$t[@k='sso.services.text']"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="method">
    <xsl:variable name="s" select="space"/>
    <xsl:variable name="error" select="string(/page/errors/error[@field = 'method'][1]/@key)"/>
    <h2><xsl:value-of select="$t[@k='sso.method.title']"/></h2>
    <p>
      <xsl:choose>
        <xsl:when test="$s/@method = 'sso'"><xsl:value-of select="$t[@k='sso.method.is_sso']"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t[@k='sso.method.is_password']"/></xsl:otherwise>
      </xsl:choose>
    </p>
    <form method="post" action="/sso" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="method"/>
      <input type="hidden" name="version" value="{$s/version}"/>
      <fieldset>
        <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
        <legend class="field-label"><xsl:value-of select="$t[@k='sso.method']"/></legend>
        <xsl:if test="$error">
          <p class="field-error" id="field-method-error"><xsl:value-of select="$t[@k = $error]"/></p>
        </xsl:if>
        <div class="checkbox">
          <input type="radio" id="field-method" name="method" value="password" aria-describedby="method-password-help">
            <xsl:if test="$s/@method = 'password'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          </input>
          <xsl:text> </xsl:text>
          <label for="field-method"><xsl:value-of select="$t[@k='sso.method.password']"/></label>
          <p class="field-help" id="method-password-help"><xsl:value-of select="$t[@k='sso.method.password_help']"/></p>
        </div>
        <div class="checkbox">
          <input type="radio" id="field-method-sso" name="method" value="sso" aria-describedby="method-sso-help">
            <xsl:if test="$s/@method = 'sso'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          </input>
          <xsl:text> </xsl:text>
          <label for="field-method-sso"><xsl:value-of select="$t[@k='sso.method.sso']"/></label>
          <p class="field-help" id="method-sso-help">
            <xsl:value-of select="$t[@k='sso.method.sso_help']"/>
            <xsl:if test="number(accounts/without_niss) &gt; 0">
              <xsl:text> </xsl:text>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'sso.method.without_niss'"/>
                <xsl:with-param name="name" select="'n'"/>
                <xsl:with-param name="with" select="string(accounts/without_niss)"/>
              </xsl:call-template>
            </xsl:if>
          </p>
        </div>
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='sso.method.submit']"/></button>
      </div>
    </form>
  </xsl:template>

  <xsl:template name="space">
    <xsl:variable name="s" select="space"/>
    <h2><xsl:value-of select="$t[@k='sso.space.title']"/></h2>
    <xsl:choose>
      <xsl:when test="$s/@created = '1'">
        <dl class="summary-list">
          <div class="summary-row">
            <dt><xsl:value-of select="$t[@k='sso.space.owner']"/></dt>
            <dd><xsl:value-of select="$s/owner/name"/></dd>
          </div>
          <div class="summary-row">
            <dt><xsl:value-of select="$t[@k='sso.space.owner_niss']"/></dt>
            <dd><xsl:call-template name="niss"><xsl:with-param name="value" select="$s/owner/niss"/></xsl:call-template></dd>
          </div>
          <div class="summary-row">
            <dt><xsl:value-of select="$t[@k='sso.space.identifier']"/></dt>
            <dd><xsl:value-of select="$s/identifier"/></dd>
          </div>
          <div class="summary-row">
            <dt><xsl:value-of select="$t[@k='sso.space.confirmed_at']"/></dt>
            <dd><xsl:call-template name="datetime"><xsl:with-param name="value" select="$s/confirmed_at"/></xsl:call-template></dd>
          </div>
        </dl>
        <p><a href="/sso/space"><xsl:value-of select="$t[@k='sso.space.change']"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='sso.space.none']"/></p>
        <p><a class="button" href="/sso/space"><xsl:value-of select="$t[@k='sso.space.create']"/></a></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="certificates">
    <h2><xsl:value-of select="$t[@k='sso.certs.title']"/></h2>
    <xsl:if test="draft">
      <p class="flash">
        <xsl:value-of select="$t[@k='sso.certs.draft']"/>
        <xsl:text> </xsl:text>
        <a>
          <xsl:attribute name="href">
            <xsl:choose>
              <xsl:when test="draft/step = '1'">/sso/certificate/users</xsl:when>
              <xsl:when test="draft/step = '2'">/sso/certificate/establishment</xsl:when>
              <xsl:otherwise>/sso/certificate/summary</xsl:otherwise>
            </xsl:choose>
            <xsl:value-of select="concat('?draft=', draft/id)"/>
          </xsl:attribute>
          <xsl:value-of select="$t[@k='sso.certs.draft_continue']"/>
        </a>
      </p>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="certificates/certificate">
        <xsl:for-each select="certificates/certificate">
          <xsl:variable name="expired" select="number(translate(not_after, '-:TZ', '')) &lt; number(translate(/page/@now, '-:TZ', ''))"/>
          <section aria-labelledby="cert-{@id}" class="cert">
            <h3 id="cert-{@id}">
              <xsl:value-of select="name"/>
              <xsl:text> </xsl:text>
              <strong class="tag">
                <xsl:choose>
                  <xsl:when test="@state = 'replaced'"><xsl:value-of select="$t[@k='sso.certs.replaced']"/></xsl:when>
                  <xsl:when test="$expired"><xsl:value-of select="$t[@k='sso.certs.expired']"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t[@k='sso.certs.active']"/></xsl:otherwise>
                </xsl:choose>
              </strong>
            </h3>
            <xsl:if test="@state = 'replaced'">
              <p>
                <xsl:call-template name="msg">
                  <xsl:with-param name="key" select="'sso.certs.replaced_on'"/>
                  <xsl:with-param name="name" select="'date'"/>
                  <xsl:with-param name="with"><xsl:call-template name="datetime"><xsl:with-param name="value" select="replaced_at"/></xsl:call-template></xsl:with-param>
                </xsl:call-template>
              </p>
            </xsl:if>
            <xsl:call-template name="sso-certificate"><xsl:with-param name="c" select="."/></xsl:call-template>
            <h4><xsl:value-of select="$t[@k='sso.certs.users']"/></h4>
            <xsl:call-template name="sso-users-list"/>
            <xsl:if test="@state = 'active'">
              <p><a href="/sso/certificate/access?id={@id}"><xsl:value-of select="$t[@k='sso.certs.edit_users']"/></a></p>
            </xsl:if>
            <h4><xsl:value-of select="$t[@k='sso.certs.establishments']"/></h4>
            <ul class="list-bullet">
              <xsl:for-each select="establishments/establishment">
                <li>
                  <xsl:value-of select="name"/>
                  <xsl:text> — </xsl:text>
                  <xsl:call-template name="msg">
                    <xsl:with-param name="key" select="'sso.certs.tp'"/>
                    <xsl:with-param name="name" select="'n'"/>
                    <xsl:with-param name="with" select="string(tp_number)"/>
                  </xsl:call-template>
                </li>
              </xsl:for-each>
            </ul>
          </section>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='sso.certs.none']"/></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="space/@created = '1'">
        <p><a class="button" href="/sso/certificate/new"><xsl:value-of select="$t[@k='sso.certs.new']"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='sso.certs.space_first']"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
